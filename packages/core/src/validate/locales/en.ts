import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** The checks' texts in English, typed against the Dutch catalogue: a rule missing here does not compile. */
export const en: CatalogueOf<typeof nl> = {
  rules: {
    'chain-without-rationale': {
      description: 'A chain from intervention to goal says on at least one link why it works (the "because").',
      message: 'A chain without any rationale on its connections leads to goal {goal}: {chain, path}.',
    },
    'intervention-without-evidence': {
      description: 'An intervention names its recognition (Loket Gezond Leven, Movisie, NJi) or the evidence for its working mechanism.',
      message: 'Intervention {node} has neither recognition nor evidence.',
    },
    'goal-on-low-confidence': {
      description: 'A goal rests on at least one chain without a connection of low confidence.',
      message: 'Every chain to goal {node} rests on a connection of low confidence.',
    },
    'assumption-underlies-nothing': {
      description: 'Every assumption underlies a node.',
      message: 'Assumption {node} underlies nothing yet; connect it to the node that rests on it.',
    },
    'causal-cycle': {
      description: 'The chain runs one way: no cycles of cause and effect.',
      message: 'These {count} nodes form a cycle: {loop, path}.',
    },
    'dangling-edge': {
      description: 'Every connection joins existing nodes.',
      message: 'The connection {source} → {target} refers to a node that does not exist (id {missing}); delete the connection.',
    },
    'duplicate-connection': {
      description: 'At most one connection joins two nodes.',
      message: 'The connection {source} → {target} is there {count} times; delete the duplicates.',
    },
    'duplicate-id': {
      description: 'Every id occurs only once.',
      message: 'The id "{id}" occurs {count} times; every id belongs to one thing.',
    },
    'duplicate-title': {
      description: 'Nodes of one kind each have their own title.',
      message: 'There are {count} {kinds} titled {node}; merge them or make the difference clear.',
    },
    'empty-title': {
      description: 'Every node, partner, target group and group has a name.',
      message: 'There is {what} without a name; give it one so everyone knows what it is about.',
    },
    'fact-without-source': {
      description: 'Every fact names its source.',
      message: 'Fact {number} ({fact}) has no source; where does the figure come from?',
    },
    'forbidden-connection': {
      description: 'Connections follow the logic: intervention → mechanism → outcome → goal; indicators measure, assumptions underlie.',
      message:
        '{wrongKind, select, yes {The connection {source} → {target} is marked “{kind}”, but between these nodes it must be “{allowed}”.} other {The connection {source} → {target} is not allowed. {why}}}',
    },
    'goal-level-order': {
      description: 'Goals point from operational through tactical to strategic.',
      message:
        'The {sourceLevel, select, strategic {strategic} tactical {tactical} other {operational}} goal {source} points to the {targetLevel, select, strategic {strategic} tactical {tactical} other {operational}} goal {target}; reverse the connection.',
    },
    'indicator-direction-contradicts': {
      description: "An indicator's direction matches the way from its baseline to its target.",
      message:
        '{direction, select, increase {{node} says "higher is better", but its target ({target}) lies below its baseline ({baseline}): is lower better?} other {{node} says "lower is better", but its target ({target}) lies above its baseline ({baseline}): is higher better?}}',
    },
    'indicator-direction-unknown': {
      description: 'Every indicator says whether higher or lower is better.',
      message: 'For {node} it is not known whether higher or lower is better; choose a direction, or progress is not judged.',
    },
    'indicator-without-target': {
      description: 'Every indicator has a target value.',
      message: 'Indicator {node} has no target value.',
    },
    'indicator-without-source': {
      description: 'Every indicator has a data source: measurable and available.',
      message: 'Indicator {node} has no data source.',
    },
    'indicator-measures-nothing': {
      description: 'Every indicator measures an intervention, outcome or goal.',
      message: 'Indicator {node} measures nothing yet; connect it to what it measures.',
    },
    'intervention-without-goal': {
      description: 'Every intervention leads through outcomes to at least one goal.',
      message: 'Intervention {node} does not lead to any goal.',
    },
    'intervention-without-partner': {
      description: 'Every intervention has a partner that carries it.',
      message: 'Intervention {node} has no partner carrying it.',
    },
    'isolated-mechanism': {
      description: 'Every working mechanism sits between an intervention and an outcome.',
      message: 'Working mechanism {node} is not connected yet: which intervention works this way, and which outcome does it lead to?',
    },
    'missing-mechanism': {
      description: 'A working mechanism sits between intervention and outcome: why does it work?',
      message: '{source} → {target}: why does this work? Add a working mechanism.',
    },
    'outcome-without-cause': {
      description: 'An intervention, mechanism or other outcome leads to every outcome.',
      message: 'Nothing leads to outcome {node}: which intervention or mechanism brings it closer?',
    },
    'self-loop': {
      description: 'A node does not point to itself.',
      message: '{node} points to itself.',
    },
    'target-date': {
      description: 'A target lies after the baseline and within the plan period.',
      message:
        '{reason, select, before-baseline {The target of {node} on {date, date} lies before its baseline ({baseline, date}).} other {The target of {node} on {date, date} lies outside the plan period ({start, raw}–{end, raw}).}}',
    },
    'unknown-reference': {
      description: 'Partners, target groups, groups and areas that nodes refer to exist.',
      message:
        '{node} refers to {count, plural, one {an unknown} other {unknown}} {what, select, partner {{count, plural, one {partner} other {partners}}} targetGroup {{count, plural, one {target group} other {target groups}}} group {group} other {{count, plural, one {area} other {areas}}}}: {ids}.',
    },
    'unknown-vote': {
      description: 'Votes belong to existing nodes.',
      message:
        '{votes, plural, one {# dot is} other {# dots are}} on a node that does not exist (any more) (id "{id}"); {votes, plural, one {it counts} other {they count}} towards the dots used.',
    },
    'unreached-goal': {
      description: 'At least one intervention works towards every goal.',
      message: 'No intervention works towards goal {node}.',
    },
    'goal-without-indicator': {
      description: 'Every goal has an indicator that shows progress.',
      message: 'Goal {node} has no indicator.',
    },
    'outcome-without-indicator': {
      description: 'Outcomes are measurable with an indicator.',
      message: 'Outcome {node} has no indicator.',
    },
    'accountability-inverted': {
      description: 'The chain runs from what partners control, through influence, to what they care about.',
      message:
        '{source} ({from}) leads to {target} ({to}): the line of accountability is upside down. Are the spheres of both nodes right?',
    },
    'horizon-reversed': {
      description: 'The chain runs from short to long term, not back.',
      message:
        '{source} ({from}) leads to {target} ({to}): long term comes before short term here. Reverse the connection or change the term.',
    },
  },
  severity: {
    error: 'Error',
    warning: 'Warning',
    info: 'Tip',
  },
  checkFailed: 'Check "{rule}" could not be run ({error}).',
  emptyTitle: {
    partner: 'a partner',
    targetGroup: 'a target group',
    group: 'a group',
  },
};
