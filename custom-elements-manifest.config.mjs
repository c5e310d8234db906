/**
 * Config of `npm run analyze` (@custom-elements-manifest/analyzer), which writes
 * custom-elements.json at the project root from the elements' JSDoc (@tag, @csspart,
 * @cssproperty, @slot, @event) and their Lit `static properties`.
 *
 * test/node/custom-elements.test.mjs regenerates the manifest with this config and fails when the
 * committed custom-elements.json is stale: after changing an element's API or JSDoc, run
 * `npm run analyze` and commit the result.
 */

/** Names of a Lit `static properties` object whose declaration says `state: true`. */
function statePropertyNames(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members ?? []) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    let object = ts.isGetAccessor(member)
      ? member.body?.statements?.find(ts.isReturnStatement)?.expression
      : member.initializer;
    while (object && (ts.isAsExpression(object) || ts.isSatisfiesExpression?.(object) || ts.isParenthesizedExpression(object))) {
      object = object.expression;
    }
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const isState = property.initializer.properties.some(
        (option) =>
          ts.isPropertyAssignment(option) &&
          option.name.getText() === 'state' &&
          option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(property.name.getText());
    }
  }
  return names;
}

const isPublic = (member) =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

/**
 * Keeps the manifest to the public API:
 * - Lit's `{ state: true }` properties are internal reactive state, not attributes (the Lit plugin
 *   of the analyzer lists them as attributes);
 * - private and protected members (and `_names`) are not API; nor are attributes backed by them;
 * - only the element classes and their base class are kept, with their modules: the helpers under
 *   src/components (render functions shared between elements, formatting, icons, controllers) are
 *   internal, and documenting them would make the manifest stale on every edit of theirs;
 * - modules are sorted by path, so the output does not depend on the file system's listing order.
 */
function publicApiOnly() {
  const stateByClass = new Map();
  return {
    name: 'verdict-elements: public API only',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const names = statePropertyNames(ts, node);
        if (names.size) stateByClass.set(node.name.getText(), names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin'),
      );
      // Inheritance has been applied already: an inherited member names the class declaring it.
      const isState = (member, declaration) =>
        member.kind === 'field' && !!stateByClass.get(member.inheritedFrom?.name ?? declaration.name)?.has(member.name);
      for (const declaration of classes) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => isPublic(m) && !isState(m, declaration));
        }
        if (declaration.attributes) {
          const fields = new Set((declaration.members ?? []).map((m) => m.name));
          declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));
        }
      }
      const elementClasses = classes.filter((d) => d.customElement);
      const superclasses = new Set(elementClasses.flatMap((d) => (d.superclass ? [d.superclass.name] : [])));
      const isElementApi = (d) => d.customElement || (d.kind === 'class' && superclasses.has(d.name));
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => {
        module.declarations = (module.declarations ?? []).filter(isElementApi);
        const kept = new Set(module.declarations.map((d) => d.name));
        module.exports = (module.exports ?? []).filter((e) => kept.has(e.declaration?.name ?? e.name));
        return module.declarations.length > 0;
      });
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  // define.ts files only register the classes (through a guard, which the analyzer does not
  // read as a definition) and the styles hold no API: both would only add empty modules.
  exclude: ['src/components/**/define.ts', 'src/components/**/*.styles.ts'],
  outdir: '.',
  // Understands Lit's `static properties` (attributes, reflection, types).
  litelement: true,
  // package.json names custom-elements.json already; without this, a run with --outdir (as the
  // test does) would rewrite package.json's "customElements" to point at that directory.
  packagejson: false,
  plugins: [publicApiOnly()],
};
