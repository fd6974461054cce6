import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/connection.js';

@ObjectType({ simpleResolvers: true, description: 'A strategy document (or a title-only document known from a list of related documents).' })
export class Document {
  @Field(() => String, { description: 'Content hash of the normalised title and text.' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'strategi, policy, program, plan, handlingsplan, riktlinjer, vision, rapport, aktivitetslista, … or övrigt.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Policy area, e.g. näringsliv, CSR, besöksnäring.' })
  area!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Adopting body, e.g. "kommunfullmäktige".' })
  adoptedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date yyyy-mm-dd, or yyyy when only the year is known.' })
  adoptedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Diarienummer, e.g. "KS 2012/817".' })
  dnr!: string | null;

  @Field(() => String, { nullable: true, description: 'Source file relative to the ingest root, or the URL of a fetched document; null for title-only documents.' })
  path!: string | null;

  @Field(() => String, { nullable: true, description: 'The URL the document was fetched from (the original on the publisher\'s site); null for local files.' })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'When the document was downloaded (ISO 8601); null for local files.' })
  fetchedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The original file name (e.g. "Näringslivsstrategi 2024.pdf"); null for web pages and title-only documents.' })
  fileName!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False once the document is no longer published at its URL (kept in the graph); null for local files.' })
  published!: boolean | null;

  @Field(() => Boolean, { description: 'False for title-only documents (known only from a list of related documents).' })
  hasText!: boolean;

  @Field(() => Boolean, { description: 'True for machine-generated benchmark text; never a real municipality\'s words.' })
  synthetic!: boolean;

  municipalityCode!: string | null;
  organisationId!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class DocumentConnection extends Connection(Document, 'Document') {}

@ObjectType({ simpleResolvers: true, description: 'A section of a document\'s text, under its heading.' })
export class TextSection {
  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => Int, { description: 'Offset of the section in Document.text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A passage shared nearly verbatim by two documents.' })
export class PassagePair {
  @Field(() => Int, { description: 'Start offset in this document\'s text.' })
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String, { description: 'The passage as it reads in this document.' })
  text!: string;

  @Field(() => Int, { description: 'Start offset in the other document\'s text.' })
  otherStart!: number;

  @Field(() => Int)
  otherEnd!: number;

  @Field(() => String, { description: 'The passage as it reads in the other document.' })
  otherText!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Text this document shares with another document (REUSES, read in both directions).' })
export class ReusedPassages {
  @Field(() => Document)
  document!: Document;

  @Field(() => Float, { description: 'Share of the smaller text that is reused, 0..1.' })
  overlap!: number;

  @Field(() => [PassagePair])
  passages!: PassagePair[];
}


@ObjectType({ simpleResolvers: true })
export class ReusedPassagesConnection extends Connection(ReusedPassages, 'ReusedPassages') {}
