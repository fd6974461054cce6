/** The one GraphQL client of the explorer. The API is same-origin (served together, or proxied by Vite). */
import { Client, cacheExchange, fetchExchange } from 'urql';

export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // read-only API: POST keeps long search strings out of URLs and logs
    preferGetMethod: false,
    requestPolicy: 'cache-first',
  });
}
