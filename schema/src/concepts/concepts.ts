/**
 * The Strategigrafen thesaurus: Swedish concepts of municipal strategy, one file per area under areas/.
 *
 * Every concept sits under at least one taxonomy theme (schema/src/taxonomy/themes.ts) and, below the top,
 * under one broader concept, so that "fiber-rollout" → "broadband" → "digital-infrastructure" → "digitalisation".
 * A concept's broader concept may live in another area's file. Labels are unique across the thesaurus.
 */
import type { Concept } from './concept.js';
import { BUSINESS_CONCEPTS } from './areas/business.js';
import { COLLABORATION_CONCEPTS } from './areas/collaboration.js';
import { CULTURE_LEISURE_CONCEPTS } from './areas/culture-leisure.js';
import { DEMOCRACY_CONCEPTS } from './areas/democracy.js';
import { DIGITAL_CONCEPTS } from './areas/digital.js';
import { EDUCATION_CONCEPTS } from './areas/education.js';
import { ENERGY_CONCEPTS } from './areas/energy.js';
import { ENVIRONMENT_CLIMATE_CONCEPTS } from './areas/environment-climate.js';
import { HOUSING_CONCEPTS } from './areas/housing.js';
import { INCLUSION_CONCEPTS } from './areas/inclusion.js';
import { INNOVATION_CONCEPTS } from './areas/innovation.js';
import { INTERNATIONAL_CONCEPTS } from './areas/international.js';
import { LABOUR_SKILLS_CONCEPTS } from './areas/labour-skills.js';
import { LAND_PREMISES_CONCEPTS } from './areas/land-premises.js';
import { NATURE_WATER_CONCEPTS } from './areas/nature-water.js';
import { PERSONNEL_CONCEPTS } from './areas/personnel.js';
import { PLANNING_CONCEPTS } from './areas/planning.js';
import { POPULATION_ATTRACTIVENESS_CONCEPTS } from './areas/population-attractiveness.js';
import { PROCUREMENT_CONCEPTS } from './areas/procurement.js';
import { PUBLIC_HEALTH_CONCEPTS } from './areas/public-health.js';
import { RURAL_CONCEPTS } from './areas/rural.js';
import { SAFETY_CONCEPTS } from './areas/safety.js';
import { SUSTAINABILITY_CONCEPTS } from './areas/sustainability.js';
import { TOURISM_CONCEPTS } from './areas/tourism.js';
import { TRANSPORT_CONCEPTS } from './areas/transport.js';
import { WASTE_CIRCULAR_CONCEPTS } from './areas/waste-circular.js';
import { WELFARE_CARE_CONCEPTS } from './areas/welfare-care.js';

export type { Concept } from './concept.js';

/**
 * All concepts. Built in a pure function so that bundlers can drop the thesaurus from a bundle that imports
 * other parts of the schema package (the explorer imports the gazetteer from the same entry point).
 */
export const CONCEPTS: readonly Concept[] = /* @__PURE__ */ ((): readonly Concept[] => [
  ...BUSINESS_CONCEPTS,
  ...PROCUREMENT_CONCEPTS,
  ...LAND_PREMISES_CONCEPTS,
  ...TOURISM_CONCEPTS,
  ...INTERNATIONAL_CONCEPTS,
  ...LABOUR_SKILLS_CONCEPTS,
  ...EDUCATION_CONCEPTS,
  ...DIGITAL_CONCEPTS,
  ...TRANSPORT_CONCEPTS,
  ...HOUSING_CONCEPTS,
  ...PLANNING_CONCEPTS,
  ...SUSTAINABILITY_CONCEPTS,
  ...ENVIRONMENT_CLIMATE_CONCEPTS,
  ...ENERGY_CONCEPTS,
  ...WASTE_CIRCULAR_CONCEPTS,
  ...NATURE_WATER_CONCEPTS,
  ...PUBLIC_HEALTH_CONCEPTS,
  ...SAFETY_CONCEPTS,
  ...DEMOCRACY_CONCEPTS,
  ...INCLUSION_CONCEPTS,
  ...CULTURE_LEISURE_CONCEPTS,
  ...WELFARE_CARE_CONCEPTS,
  ...PERSONNEL_CONCEPTS,
  ...POPULATION_ATTRACTIVENESS_CONCEPTS,
  ...COLLABORATION_CONCEPTS,
  ...RURAL_CONCEPTS,
  ...INNOVATION_CONCEPTS,
])();
