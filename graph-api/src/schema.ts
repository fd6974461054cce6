/** The GraphQL schema, built from the resolver classes; the same schema the SDL file is printed from. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CompareResolver, ComparisonCellResolver } from './compare/compare.resolver.js';
import { ConceptResolver, GoalConceptsResolver } from './concept/concept.resolver.js';
import { CountyResolver } from './county/county.resolver.js';
import { DocumentResolver } from './document/document.resolver.js';
import { GoalResolver } from './goal/goal.resolver.js';
import { GoalsLikeResolver } from './goal/goals-like.resolver.js';
import { MunicipalityResolver } from './municipality/municipality.resolver.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { StatsResolver } from './stats/stats.resolver.js';
import { ThemeMunicipalityEdgeResolver, ThemeResolver } from './theme/theme.resolver.js';

export const RESOLVERS = [
  MunicipalityResolver,
  CountyResolver,
  OrganisationResolver,
  DocumentResolver,
  GoalResolver,
  GoalsLikeResolver,
  GoalConceptsResolver,
  ConceptResolver,
  ThemeResolver,
  ThemeMunicipalityEdgeResolver,
  SearchResolver,
  CompareResolver,
  ComparisonCellResolver,
  StatsResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql's metadata is global anyway). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], validate: false });
  return built;
}

const HEADER = '# Generated from graph-api/src by `npm run sdl -w graph-api`. Do not edit: change the code and regenerate.\n\n';

/** The schema as committed SDL: sorted, so the file only changes when the schema does. */
export function printSdl(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
