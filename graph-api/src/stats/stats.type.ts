import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One run of the ingest pipeline.' })
export class IngestRun {
  @Field(() => String)
  id!: string;

  @Field(() => String, { description: 'ISO timestamp.' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp; null while running, and for a run that was interrupted.' })
  finishedAt!: string | null;

  @Field(() => String, { description: 'running, finished, failed (stopped on an error) or interrupted (killed; the next run finished its work).' })
  status!: string;

  @Field(() => Int, { description: 'Input files seen.' })
  files!: number;

  @Field(() => Int, { description: 'Files ingested.' })
  ok!: number;

  @Field(() => Int, { description: 'Files that failed.' })
  failed!: number;

  @Field(() => [String], { description: 'One line per failed file: the file and why.' })
  failures!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What the graph holds.' })
export class Stats {
  @Field(() => Int)
  counties!: number;

  @Field(() => Int, { description: 'Municipalities in the graph (all 290 once the gazetteer is loaded).' })
  municipalities!: number;

  @Field(() => Int, { description: 'Municipalities that have published at least one document.' })
  municipalitiesWithDocuments!: number;

  @Field(() => Int)
  organisations!: number;

  @Field(() => Int)
  documents!: number;

  @Field(() => Int, { description: 'Documents with a body text (the rest are known by title only).' })
  documentsWithText!: number;

  @Field(() => Int)
  goals!: number;

  @Field(() => Int)
  measurableGoals!: number;

  @Field(() => Int)
  themes!: number;

  @Field(() => Int, { description: 'SIMILAR_TO links between goals.' })
  similarGoalLinks!: number;

  @Field(() => Int, { description: 'REUSES links between documents.' })
  reuseLinks!: number;

  @Field(() => IngestRun, { nullable: true })
  lastIngestRun!: IngestRun | null;
}
