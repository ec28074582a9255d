// Every handler under app/api goes through one of two wrappers: route() for signed-in callers
// (a session, else 401; the permission and a well-formed id, else the same 404 as an unknown id)
// and publicRoute() for callers without one (health, share links whose token is the
// credential). Both answer whatever the handler throws through the one error map.
import "server-only";
import { canInWorkspace } from "@/lib/auth/appliance-grant";
import type { Permission } from "@/lib/auth/permissions";
import { getAppSession, type AppSession } from "@/lib/auth/session";
import { isUuid } from "@/lib/uuid";
import { errorResponse, RouteError } from "./route-errors";

export interface RouteContext<P> {
  params: Promise<P>;
}

export type RouteHandler<P> = (request: Request, context: RouteContext<P>) => Promise<Response>;

export interface RouteOptions {
  /** The message of the 500 answer when the handler fails unexpectedly. */
  failure?: string;
  /** Set on every answer, the handler's and the error ones, unless the handler sets it. */
  headers?: Readonly<Record<string, string>>;
}

export interface SignedInRequest {
  request: Request;
  session: AppSession;
  /** The route's [id], already checked to be well-formed. */
  id: string;
}

export function route(
  permission: Permission,
  handler: (input: SignedInRequest) => Promise<Response>,
  options: RouteOptions = {},
): RouteHandler<{ id: string }> {
  return async (request, { params }) => {
    try {
      const session = await getAppSession();
      if (!session) {
        throw new RouteError("UNAUTHENTICATED", "Your session has expired. Sign in again.");
      }
      if (session.secondFactorMissing) {
        throw new RouteError(
          "FORBIDDEN",
          "This workspace requires a second factor. Set one up first.",
        );
      }
      const { id } = await params;
      if (!isUuid(id) || !(await canInWorkspace(session, permission))) {
        throw new RouteError("FORBIDDEN", "Not found.");
      }
      return withHeaders(await handler({ request, session, id }), options.headers);
    } catch (error) {
      const label = `${request.method} ${new URL(request.url).pathname}`;
      return errorResponse(error, { ...options, label });
    }
  };
}

export function publicRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (request: Request, params: P) => Promise<Response>,
  options: RouteOptions = {},
): RouteHandler<P> {
  return async (request, context) => {
    let params: P | undefined;
    try {
      params = await context.params;
      return withHeaders(await handler(request, params), options.headers);
    } catch (error) {
      const label = `${request.method} ${maskedPath(request, params)}`;
      return errorResponse(error, { ...options, label });
    }
  };
}

function withHeaders(response: Response, headers: RouteOptions["headers"]): Response {
  if (!headers) return response;
  const merged = new Headers(headers);
  response.headers.forEach((value, name) => merged.set(name, value));
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}

/** The path with each parameter shown by its name, so no share token reaches the log. */
function maskedPath(request: Request, params: Record<string, string> | undefined): string {
  if (!params) return "a public route";
  const values = Object.entries(params).filter(([, v]) => v !== "");
  return new URL(request.url).pathname
    .split("/")
    .map((segment) => {
      const param = values.find(([, v]) => v === segment || encodeURIComponent(v) === segment);
      return param ? `[${param[0]}]` : segment;
    })
    .join("/");
}
