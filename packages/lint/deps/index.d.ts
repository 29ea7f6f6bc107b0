/**
 * The template parsers, the schema validator, the glob matcher and core's model, loaded on first
 * use in Node.
 */
import type * as Ajv from 'ajv';
import type * as Core from '@sincerely/core';
import type * as Entities from 'entities/decode';
import type * as Handlebars from '@handlebars/parser';
import type * as Htmlparser2 from 'htmlparser2';
import type * as Liquidjs from 'liquidjs';
import type * as Minimatch from 'minimatch';
import type * as Yaml from 'yaml';

export declare function ajv(): typeof Ajv;
export declare function core(): Pick<typeof Core, 'formatIssue' | 'parseSendContext'>;
export declare function entities(): typeof Entities;
export declare function handlebars(): typeof Handlebars;
export declare function htmlparser2(): typeof Htmlparser2;
export declare function liquidjs(): typeof Liquidjs;
export declare function minimatch(): typeof Minimatch;
export declare function yaml(): typeof Yaml;
