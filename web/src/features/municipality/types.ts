/** The municipality page's data, as its query returns it. */
import type { MunicipalityGoalsQuery, MunicipalityQuery } from '../../gql/graphql.ts';

export type MunicipalityData = MunicipalityQuery;
export type Municipality = NonNullable<MunicipalityQuery['municipality']>;
export type SimilarMunicipality = MunicipalityQuery['similarMunicipalities']['edges'][number];
export type MunicipalityGoal = NonNullable<MunicipalityGoalsQuery['municipality']>['goals']['edges'][number]['node'];
export type GoalTheme = MunicipalityGoal['themes'][number]['theme'];
