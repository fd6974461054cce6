// Integration tests talk to a real Neo4j; scripts/test.ts (npm test) starts one and names it here.
if (!process.env.STRATEGIGRAFEN_TEST_NEO4J_URI) {
  throw new Error(
    'Integration tests need a real Neo4j: run them through "npm test" (which starts the test server), ' +
      'or set STRATEGIGRAFEN_TEST_NEO4J_URI (and TEST_NEO4J_USER/TEST_NEO4J_PASSWORD) to a server whose data may be wiped.',
  );
}
