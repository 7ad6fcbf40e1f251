/**
 * The one router: `METHOD template` → handler. Resource modules register GoHighLevel endpoints under the
 * spec's own path templates (the server finds the template with the contract's spec index, so a route
 * that is not a spec endpoint is refused at start-up); a few sandbox-only routes (the marketplace's
 * authorize page, the `/__sandbox/*` controls) are matched here by path.
 */
import type { Handler } from './http';

export interface RouteOptions {
  /** Reachable without a bearer token (the token endpoint, the authorize page, controls). */
  open?: boolean;
  /** Not a GoHighLevel API endpoint (no spec validation): the authorize page and the sandbox's controls. */
  sandboxOnly?: boolean;
}

export interface Route extends Required<RouteOptions> {
  method: string;
  template: string;
  handler: Handler;
}

const segmentsOf = (p: string): string[] => p.split('/').slice(1);
const isParam = (seg: string): boolean => /^\{.+\}$/.test(seg);

export class Router {
  private readonly byKey = new Map<string, Route>();

  add(method: string, template: string, handler: Handler, opts: RouteOptions = {}): void {
    const key = `${method.toUpperCase()} ${template}`;
    if (this.byKey.has(key)) throw new Error(`sandbox: ${key} is registered twice`);
    this.byKey.set(key, { method: method.toUpperCase(), template, handler, open: !!opts.open, sandboxOnly: !!opts.sandboxOnly });
  }

  get(template: string, handler: Handler, opts?: RouteOptions): void {
    this.add('GET', template, handler, opts);
  }

  post(template: string, handler: Handler, opts?: RouteOptions): void {
    this.add('POST', template, handler, opts);
  }

  put(template: string, handler: Handler, opts?: RouteOptions): void {
    this.add('PUT', template, handler, opts);
  }

  delete(template: string, handler: Handler, opts?: RouteOptions): void {
    this.add('DELETE', template, handler, opts);
  }

  /** The route registered for exactly this method and spec template. */
  lookup(method: string, template: string): Route | undefined {
    return this.byKey.get(`${method.toUpperCase()} ${template}`);
  }

  /** A sandbox-only route the path fits (literal segments beat parameters). */
  matchSandboxOnly(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    const parts = segmentsOf(path);
    let best: { route: Route; params: Record<string, string>; rank: string } | undefined;
    for (const route of this.byKey.values()) {
      if (!route.sandboxOnly || route.method !== method.toUpperCase()) continue;
      const segs = segmentsOf(route.template);
      if (segs.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const fits = segs.every((seg, i) => {
        if (!isParam(seg)) return seg === parts[i];
        if (!parts[i]) return false;
        params[seg.slice(1, -1)] = decodeURIComponent(parts[i]);
        return true;
      });
      const rank = segs.map((s) => (isParam(s) ? '1' : '0')).join('');
      if (fits && (!best || rank < best.rank)) best = { route, params, rank };
    }
    return best && { route: best.route, params: best.params };
  }

  all(): Route[] {
    return [...this.byKey.values()];
  }
}
