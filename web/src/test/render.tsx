/** Renders the explorer (or a piece of it) in jsdom against a scripted GraphQL endpoint. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Client, fetchExchange } from 'urql';
import { AppProviders } from '../app/providers.tsx';
import { routes } from '../app/router.tsx';
import type { Language } from '../i18n/i18n.tsx';

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** What the scripted endpoint answers: a body, a thrown error ("unreachable"), or 'pending' (never answers). */
type Reply = GraphQLBody | Error | 'pending';
export type Answer = Reply | ((operation: string, variables: Record<string, unknown>) => Reply);

export interface Endpoint {
  client: Client;
  /** the operations asked for, in order */
  calls: { operation: string; variables: Record<string, unknown> }[];
}

export function scriptedEndpoint(answer: Answer): Endpoint {
  const calls: Endpoint['calls'] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; variables?: Record<string, unknown> };
    const operation = request.operationName ?? '';
    const variables = request.variables ?? {};
    calls.push({ operation, variables });
    const body = typeof answer === 'function' ? answer(operation, variables) : answer;
    if (body === 'pending') return new Promise<Response>(() => {});
    if (body instanceof Error) throw body;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  // no cache exchange: every render asks the endpoint, so tests see each request
  const client = new Client({ url: 'http://explorer.test/graphql', exchanges: [fetchExchange], fetch, preferGetMethod: false });
  return { client, calls };
}

export function renderRoute(path: string, endpoint: Endpoint, language?: Language) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<AppProviders client={endpoint.client} language={language}><RouterProvider router={router} /></AppProviders>) };
}

export function renderWithProviders(element: ReactElement, endpoint: Endpoint = scriptedEndpoint({ data: {} }), language?: Language) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] });
  return render(<AppProviders client={endpoint.client} language={language}><RouterProvider router={router} /></AppProviders>);
}
