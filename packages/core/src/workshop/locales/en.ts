import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of the workshop's flow in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  steps: {
    missingUnsourced: '{count, plural, one {# fact} other {# facts}} without a source.',
    missingWithoutPartner: '{count, plural, one {# intervention} other {# interventions}} without a partner, such as {node}.',
    missingWithoutMechanism: '{count, plural, one {# intervention} other {# interventions}} without a working mechanism, such as {node}.',
    missingEmptyAreas: 'Gap: no intervention in {areas}.',
    missingLooseEnds: 'And {count, plural, one {# more loose end} other {# more loose ends}}.',
    missingMoreLikeIt: '{first, raw} (and {count, plural, one {# more like it} other {# more like it}})',
    describeTheProblemInA: 'Describe the problem in a few sentences.',
    noFactsOnNatureAnd: 'No facts on nature and extent yet.',
    noTargetGroupsYet: 'No target groups yet.',
    noRiskGroupMarkedYet: 'No risk group marked yet.',
    noGoalsYet: 'No goals yet.',
    noLongTermGoalYet: 'No long-term goal yet.',
    noShortTermGoalYet: 'No short-term goal yet.',
    noStrategicGoalYet: 'No strategic goal yet.',
    noInterventionsYet: 'No interventions yet.',
    noWorkingMechanismsYet: 'No working mechanisms yet.',
    noOutcomesYet: 'No outcomes yet.',
    noVotesCastYet: 'No votes cast yet.',
    noInterventionChosenAsA: 'No intervention chosen as a priority yet.',
    noInterventionsToLinkPartners: 'No interventions to link partners to yet.',
    noIndicatorsYet: 'No indicators yet.',
    noPartnersOnTheSocial: 'No partners on the social map yet.',
    noPartnerYet: 'no partner yet',
    noTargetGroupYet: 'no target group yet',
    noWorkingMechanismYet: 'no working mechanism yet',
    noInterventionYet: 'no intervention yet',
    leadsNowhereYet: 'leads nowhere yet',
    noGoalYet: 'no goal yet',
    noTitleYet: 'no title yet',
  },
};
