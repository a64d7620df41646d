// The package's custom-elements.json against the official Custom Elements
// Manifest schema (npm custom-elements-manifest 2.1.0, draft-07, validated
// with ajv), and reachable the way tools look for it: package.json
// "customElements" and the "./custom-elements.json" export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cemSchema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const pkgDir = new URL('../../pkg/', import.meta.url);
const manifestJson = JSON.parse(readFileSync(new URL('package.json', pkgDir), 'utf8'));

test('custom-elements.json is valid against the Custom Elements Manifest 2.1.0 schema', () => {
  const manifest = JSON.parse(readFileSync(new URL(manifestJson.customElements, pkgDir), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(cemSchema, manifest);
  assert.deepEqual(ajv.errors ?? [], []);
  assert.equal(valid, true);
  assert.equal(manifest.schemaVersion, '2.1.0');
  // The schema's declaration union also admits a plain ClassDeclaration, which
  // does not look at attributes, events, parts…: check each element against
  // CustomElementDeclaration itself.
  const element = ajv.compile({ definitions: cemSchema.definitions, $ref: '#/definitions/CustomElementDeclaration' });
  for (const d of manifest.modules.flatMap((m) => m.declarations)) {
    assert.equal(element(d), true, `${d.tagName}: ${JSON.stringify(element.errors)}`);
  }
});

test('the manifest is exported and every declared element is exported from the entry that defines it', () => {
  assert.equal(manifestJson.exports['./custom-elements.json'], './custom-elements.json');
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', pkgDir), 'utf8'));
  for (const module of manifest.modules) {
    assert.equal(module.path, 'elements.js');
    assert.ok(manifestJson.files.includes(module.path));
    const exported = module.exports.map((e) => e.name).sort();
    const declared = module.declarations.map((d) => d.tagName).sort();
    assert.deepEqual(exported, declared);
  }
});
