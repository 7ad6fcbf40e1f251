import App from './index';
import { declarations } from './lib/operation';
import { SpecIndex } from './contract/spec';
void App;
const spec = new SpecIndex();
for (const d of declarations()) {
  if (d.hidden) continue;
  const op = spec.byTemplate(d.endpoint.method, d.endpoint.path);
  const res = op ? spec.successResponse(op) : undefined;
  const props = res?.schema?.properties ? Object.keys(res.schema.properties).join(',') : (res?.schema?.type || '-');
  const r = d.result ? d.result.toString().replace(/\s+/g,' ').slice(0, 90) : (d.list ? 'LIST ' + String(d.list.key).slice(0,40) : 'none');
  console.log(`${d.kind.padEnd(7)} ${d.key.padEnd(38)} ${d.endpoint.method} ${String(res?.status)} [${props}] :: ${r}`);
}
