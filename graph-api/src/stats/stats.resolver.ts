import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Stats } from './stats.type.js';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts of what the graph holds, and the last ingest run.' })
  stats(@Ctx() ctx: ApiContext) {
    return ctx.services.stats.stats();
  }
}
