import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parse, validate, specifiedRules } from 'graphql';
import { createSchema } from './src/schema.js';
import { depthLimit, queriesOnly, operationComplexity } from './src/limits.js';
const src = readFileSync('web/src/gql/gql.ts', 'utf8');
const docs = [...src.matchAll(/^\s+"(\\n\s*(?:query|fragment)(?:[^"\\]|\\.)*)": typeof types\./gm)].map((m) => JSON.parse(`"${m[1]}"`));
const schema = await createSchema();
console.log('operations:', docs.length);
for (const d of docs) {
  const ast = parse(d);
  const errors = validate(schema, ast, [...specifiedRules, queriesOnly, depthLimit(16)]);
  let complexity = -1;
  const vars: Record<string, unknown> = {};
  for (const def of (ast.definitions[0] as any).variableDefinitions ?? []) {
    const t = JSON.stringify(def.type);
    vars[def.variable.name.value] = t.includes('ListType') ? ['a', 'b'] : t.includes('"Int"') ? 20 : t.includes('"Float"') ? 0.1 : t.includes('"Boolean"') ? true : t.includes('Filter') || t.includes('Input') ? {} : 'x';
  }
  try { complexity = operationComplexity(schema, ast, vars); } catch (e) { complexity = -2; console.log(String(e)); }
  const name = /(?:query|fragment) (\w+)/.exec(d)?.[1];
  if (errors.length || complexity > 20000) console.log(name, complexity, errors.map((e) => e.message));
  else console.log('ok', name, complexity);
}
