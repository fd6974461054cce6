import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/connection.js';

@ObjectType({ simpleResolvers: true, description: 'A theme of the taxonomy, e.g. procurement (offentlig upphandling) or csr-sustainability.' })
export class Theme {
  @Field(() => String, { description: 'Stable taxonomy id, e.g. "procurement".' })
  id!: string;

  @Field(() => String, { description: 'Swedish label, e.g. "Offentlig upphandling".' })
  labelSv!: string;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'Terms and synonyms that tag a text with the theme.' })
  terms!: string[];

  parentId!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ThemeConnection extends Connection(Theme, 'Theme') {}

@ObjectType({ simpleResolvers: true, description: 'A theme attached to a document or goal, with how strongly and why.' })
export class ThemeTag {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Float, { description: '0..1, how strongly the text is about the theme.' })
  weight!: number;

  @Field(() => [String], { description: 'The terms (as found in the text) that triggered the tag.' })
  terms!: string[];
}
