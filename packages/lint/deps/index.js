/**
 * The template parsers, the schema validator, the glob matcher and core's relationship model, for
 * browsers and bundlers (see package.json "imports"): imported up front, as a bundle holds them
 * anyway. Node gets `index.cjs`, which loads each on first use.
 */
import * as ajvModule from 'ajv';
import { formatIssue, parseSendContext } from '@sincerely/core';
import * as entitiesModule from 'entities/decode';
import * as handlebarsModule from '@handlebars/parser';
import * as htmlparser2Module from 'htmlparser2';
import * as liquidjsModule from 'liquidjs';
import * as minimatchModule from 'minimatch';
import * as yamlModule from 'yaml';

export const ajv = () => ajvModule;
// Only what lint uses of the model, so that a bundle can leave out the rest of core.
const coreModel = { formatIssue, parseSendContext };
export const core = () => coreModel;
export const entities = () => entitiesModule;
export const handlebars = () => handlebarsModule;
export const htmlparser2 = () => htmlparser2Module;
export const liquidjs = () => liquidjsModule;
export const minimatch = () => minimatchModule;
export const yaml = () => yamlModule;
