/**
 * Follows a name to the value it was declared with, when that value cannot change: a `const`
 * declared in the same file (`const subject = 'Checking in'`). Scope analysis finds the
 * declaration the name refers to, so a parameter or a `let` of the same name elsewhere is never
 * mistaken for it. Imports, `let`, `var`, parameters and destructuring are not followed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The initialiser of the `const` a name refers to, or undefined when it has none we can trust. */
export type ResolveConst = (identifier: TSESTree.Identifier) => TSESTree.Expression | undefined;

/** The part of ESLint's `SourceCode` the resolver needs. */
interface ScopeSource {
  getScope(node: TSESTree.Node): TSESLint.Scope.Scope;
}

/** `'x' as const` and `'x' satisfies string` hold the same value as `'x'`. */
function unwrapTypes(node: TSESTree.Expression): TSESTree.Expression {
  let current = node;
  while (current.type === 'TSAsExpression' || current.type === 'TSSatisfiesExpression') {
    current = current.expression;
  }
  return current;
}

/**
 * Creates a resolver over one file's scopes.
 *
 * @returns a function from an identifier to its `const` initialiser, if any.
 * @example
 * const resolve = createConstResolver(context.sourceCode);
 * resolve(subjectIdentifier); // the Literal 'Checking in'
 */
export function createConstResolver(sourceCode: ScopeSource): ResolveConst {
  return (identifier) => {
    let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier);
    let variable: TSESLint.Scope.Variable | undefined;
    while (scope && !variable) {
      variable = scope.set.get(identifier.name);
      scope = scope.upper;
    }
    const [definition, ...more] = variable?.defs ?? [];
    if (!definition || more.length > 0 || definition.type !== 'Variable') return undefined;
    const { node, parent } = definition;
    if (parent?.type !== 'VariableDeclaration' || parent.kind !== 'const') return undefined;
    if (node.id.type !== 'Identifier' || !node.init) return undefined;
    return unwrapTypes(node.init);
  };
}
