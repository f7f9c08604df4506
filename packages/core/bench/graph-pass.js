// The least a validation of a plan must do, written plainly: the graph pass in the shared anchors' floor for parse +
// validate ("id/reference checks, BFS from interventions and back from goals, DFS cycles").
// The core bench times JSON.parse + zod + this pass as the floor its parse + validate target is set against, and
// checks that it found what validation finds (so a pass that skipped work would stop the bench, not flatter it).

/**
 * Duplicate card ids, connections with a missing end, goals no intervention reaches, interventions that reach no
 * goal, and whether the causal connections hold a cycle: by a `Map` of card positions, lists of neighbours, two
 * walks and a depth-first search with colours.
 *
 * @param {{ nodes: { id: string, kind: string }[], edges: { source: string, target: string, kind: string }[] }} plan
 */
export function graphPass(plan) {
  const { nodes, edges } = plan;
  const position = new Map();
  let duplicateIds = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (position.has(nodes[i].id)) duplicateIds++;
    else position.set(nodes[i].id, i);
  }
  const out = nodes.map(() => []);
  const into = nodes.map(() => []);
  let danglingEdges = 0;
  for (const edge of edges) {
    const source = position.get(edge.source);
    const target = position.get(edge.target);
    if (source === undefined || target === undefined) {
      danglingEdges++;
      continue;
    }
    if (edge.kind !== 'leads-to') continue;
    out[source].push(target);
    into[target].push(source);
  }
  const interventions = [];
  const goals = [];
  nodes.forEach((node, i) => {
    // A card whose id came earlier is not a card of its own.
    if (position.get(node.id) !== i) return;
    if (node.kind === 'intervention') interventions.push(i);
    else if (node.kind === 'goal') goals.push(i);
  });
  const walk = (starts, next) => {
    const seen = new Uint8Array(nodes.length);
    const queue = [...starts];
    for (const start of starts) seen[start] = 1;
    for (let head = 0; head < queue.length; head++) {
      for (const to of next[queue[head]]) {
        if (seen[to]) continue;
        seen[to] = 1;
        queue.push(to);
      }
    }
    return seen;
  };
  const fromInterventions = walk(interventions, out);
  const toGoals = walk(goals, into);
  // Depth-first with colours (1: on the path, 2: done): a connection to a card on the path closes a cycle.
  const colour = new Uint8Array(nodes.length);
  let cycle = false;
  for (let root = 0; root < nodes.length && !cycle; root++) {
    if (colour[root]) continue;
    const stack = [root];
    const next = [0];
    colour[root] = 1;
    while (stack.length > 0 && !cycle) {
      const at = stack[stack.length - 1];
      const k = next[next.length - 1]++;
      if (k === out[at].length) {
        colour[at] = 2;
        stack.pop();
        next.pop();
        continue;
      }
      const to = out[at][k];
      if (colour[to] === 1) cycle = true;
      else if (colour[to] === 0) {
        colour[to] = 1;
        stack.push(to);
        next.push(0);
      }
    }
  }
  return {
    duplicateIds,
    danglingEdges,
    unreachedGoals: goals.filter((goal) => !fromInterventions[goal]).length,
    interventionsWithoutGoal: interventions.filter((intervention) => !toGoals[intervention]).length,
    cycle,
    // Whether both walks went past the cards they started from (a walk that reached nothing measured nothing).
    walked:
      fromInterventions.reduce((sum, mark) => sum + mark, 0) > interventions.length &&
      toGoals.reduce((sum, mark) => sum + mark, 0) > goals.length,
  };
}

/**
 * Throws unless validation's findings say what the graph pass found: the pass is the floor only if it did the work.
 *
 * @param {ReturnType<typeof graphPass>} pass
 * @param {{ code: string }[]} findings
 */
export function assertSameFindings(pass, findings) {
  const count = (code) => findings.filter((finding) => finding.code === code).length;
  const expected = {
    danglingEdges: count('dangling-edge'),
    unreachedGoals: count('unreached-goal'),
    interventionsWithoutGoal: count('intervention-without-goal'),
    cycle: count('causal-cycle') > 0,
  };
  for (const [what, value] of Object.entries(expected)) {
    if (pass[what] !== value) {
      throw new Error(`graph pass (the floor) found ${what} = ${pass[what]}, validation ${value}: the floor measures other work`);
    }
  }
  // Validation counts ids repeated anywhere in the plan, the pass only card ids: a repeat the pass sees, validation must.
  if (pass.duplicateIds > 0 && count('duplicate-id') === 0) {
    throw new Error(`graph pass (the floor) found ${pass.duplicateIds} repeated card ids, validation none: the floor measures other work`);
  }
  if (!pass.walked) throw new Error('graph pass (the floor): a walk reached no card beyond its starts, so it measured nothing');
}
