/**
 * Plausible answers for any GoHighLevel path, for the request-count check: what the contract check
 * answers (contract/), i.e. the spec's example of the matching operation's success response, an erratum's
 * answer where the spec has none, or an example generated from the response schema. Paths no spec knows
 * get a 404, as GHL would answer.
 */
import { ERRATA, errataFor } from '../../contract/errata';
import { exampleFor } from '../../contract/examples';
import { SpecIndex, type SpecOperation } from '../../contract/spec';

export interface Answer {
  status: number;
  body: Buffer | string;
  contentType: string;
  /** The spec template the request was matched to (`/contacts/{contactId}`), when one was. */
  template?: string;
}

const json = (status: number, body: unknown, template?: string): Answer => ({
  status,
  body: JSON.stringify(body ?? {}),
  contentType: 'application/json',
  template,
});

export const createAnswerer = (spec = new SpecIndex()) => {
  const cache = new Map<SpecOperation, Answer>();
  return (method: string, path: string): Answer => {
    const op = spec.find(method, path);
    if (!op) return json(404, { statusCode: 404, message: `bench: ${method} ${path} is in no spec` });
    let answer = cache.get(op);
    if (!answer) {
      const erratum = errataFor(ERRATA, op.method, op.template, 'response')[0];
      if (erratum) {
        const { body, contentType, status } = erratum.change;
        answer =
          contentType && !contentType.includes('json')
            ? { status: status ?? 200, body: Buffer.from(String(body), 'base64'), contentType, template: op.template }
            : json(status ?? 200, body, op.template);
      } else {
        const res = spec.successResponse(op);
        const body = res.hasExample ? res.example : res.schema ? exampleFor(res.schema) : {};
        answer = json(res.status, body, op.template);
      }
      cache.set(op, answer);
    }
    return answer;
  };
};
