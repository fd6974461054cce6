export { extractGoals, type ExtractedGoal, type GoalOptions } from './extract.js';
export { actorOf, ACTORS, type Actor } from './actors.js';
export { measurableTarget } from './targets.js';
