// Published manifests carry no workspace-only fields: the scripts run repository tooling
// (`../../scripts/lint-spec.sh`, tsup, vitest) and the devDependencies name private workspace packages.
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
