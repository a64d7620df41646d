// Baseline 2: react-jsonschema-form (React 18, @rjsf/core, @rjsf/validator-ajv8)
// rendering the same service form from lis1kit's JSON Schema, schema('service')
// (draft 2020-12, so the ajv8 validator is built on Ajv2020), written to
// src/generated/ by scripts/perf.mjs. Starts with the same rows as lis1kit.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from './generated/service-schema.json';
import initial from './generated/service-initial.json';

const validator = customizeValidator({ AjvClass: Ajv2020 });
createRoot(document.getElementById('root')).render(
  createElement(Form, { schema, validator, formData: initial, noHtml5Validate: true }),
);
