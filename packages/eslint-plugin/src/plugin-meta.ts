/** The plugin's name and version, shared by the plugin object and its formatters. */
export const PLUGIN_NAME = 'eslint-plugin-sincerely';
export const PLUGIN_VERSION = '0.1.0';
