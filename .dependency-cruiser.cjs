// The direction between the packages, checked in CI (`npm run boundaries`). Each package may import only the
// packages below it:
//
//   apps/editor  →  ui, viewer, layout, core
//   cli          →  server, layout, core
//   viewer       →  layout, core
//   server       →  core
//   ui           →  core
//   layout       →  core
//   core         →  no React, no Node built-ins
//   locales      →  nothing: every language's texts, data only; every package above reads its part
const mayImport = {
  locales: [],
  core: ['locales'],
  layout: ['core', 'locales'],
  ui: ['core', 'locales'],
  viewer: ['core', 'layout', 'locales'],
  server: ['core', 'locales'],
  cli: ['core', 'layout', 'server', 'locales'],
};
const packages = ['locales', 'core', 'layout', 'ui', 'viewer', 'server', 'cli'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(mayImport).map(([name, allowed]) => ({
      name: `${name}-imports-only-${allowed.join('-') || 'itself'}`,
      comment: `packages/${name} may import ${allowed.length ? allowed.map((a) => `packages/${a}`).join(', ') : 'no other package of ours'}: dependencies point downward.`,
      severity: 'error',
      from: { path: `^packages/${name}/src/` },
      to: {
        path: [`^apps/`, ...packages.filter((other) => other !== name && !allowed.includes(other)).map((other) => `^packages/${other}/`)],
      },
    })),
    {
      name: 'core-without-react-or-node',
      comment: 'The core runs in browsers, workers and Node alike: no React, React Flow or Node built-ins.',
      severity: 'error',
      from: { path: '^packages/core/src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-react-below-the-ui',
      comment: 'Only ui and the editor draw with React; the viewer is framework-free.',
      severity: 'error',
      from: { path: '^packages/(core|layout|server|viewer|cli)/src/' },
      to: { path: 'node_modules/(react|react-dom|@xyflow)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle between modules makes each one unreadable without the other (a cycle through type imports only is not run).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|bundle|storybook-static)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['veranderlogica-source', 'import', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
  },
};
