/** The JSON Schema (draft-04 style, as ESLint's rule schemas use) of a rule option. */
export interface JSONSchema4 {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JSONSchema4>;
  additionalProperties?: boolean | JSONSchema4;
  items?: JSONSchema4 | JSONSchema4[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  uniqueItems?: boolean;
  required?: string[];
  default?: unknown;
  [keyword: string]: unknown;
}
