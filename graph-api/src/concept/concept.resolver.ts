import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { Goal, GoalConnection } from '../goal/goal.type.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { Theme } from '../theme/theme.type.js';
import { Concept } from './concept.type.js';

@Resolver(() => Concept)
export class ConceptResolver {
  @Query(() => Concept, { nullable: true, description: 'A concept of the thesaurus by id; NOT_FOUND when there is none.' })
  async concept(@Arg('id', () => String) id: string, @Ctx() ctx: ApiContext) {
    const concept = await ctx.services.concepts.byId(id);
    if (!concept) throw notFound(`No concept with id "${id}".`);
    return concept;
  }

  @FieldResolver(() => Concept, { nullable: true, description: 'The broader concept, e.g. "digital infrastruktur" above "bredband".' })
  broader(@Root() concept: Concept, @Ctx() ctx: ApiContext) {
    return concept.broaderId ? ctx.services.concepts.byId(concept.broaderId) : null;
  }

  @FieldResolver(() => [Theme], { description: 'The themes the concept sits under.' })
  themes(@Root() concept: Concept, @Ctx() ctx: ApiContext) {
    return ctx.services.themes.byIds(concept.themeIds);
  }

  @FieldResolver(() => GoalConnection, { description: 'Goals that mention the concept or a narrower one, newest documents first, each in document order.' })
  async goals(@Root() concept: Concept, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.concepts.goals(concept.id, page), page);
  }
}

@Resolver(() => Goal)
export class GoalConceptsResolver {
  @FieldResolver(() => [Concept], { description: 'The thesaurus concepts the goal mentions, in its own words or others ("fiber" names "bredband").' })
  concepts(@Root() goal: Goal, @Ctx() ctx: ApiContext) {
    return ctx.services.concepts.ofGoal(goal.id);
  }
}
