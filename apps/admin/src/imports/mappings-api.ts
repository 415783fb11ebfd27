// Saved column mappings (docs/service.md, "Saved column mappings") and the custom fields a file may feed.

export interface SavedMapping { id: string; name: string; format: 'csv' | 'ndjson'; mapping: Record<string, unknown>; updatedAt: string }

export const LIST_MAPPINGS = `query CsvMappings {
  allColumnMappings(perPage: 1000, sortField: "name", sortOrder: "ASC", filter: { format: csv }) { id name format mapping updatedAt }
}`;

export const CREATE_MAPPING = `mutation CreateMapping($name: String!, $mapping: JSONObject!) {
  createColumnMapping(name: $name, format: csv, mapping: $mapping) { id name format mapping updatedAt }
}`;

export const UPDATE_MAPPING = `mutation UpdateMapping($id: ID!, $mapping: JSONObject!) {
  updateColumnMapping(id: $id, mapping: $mapping) { id name format mapping updatedAt }
}`;

export const DELETE_MAPPING = 'mutation DeleteMapping($id: ID!) { deleteColumnMapping(id: $id) { id } }';

export const CUSTOM_FIELDS = 'query ImportFields { allFieldDefinitions(perPage: 1000, sortField: "name") { name type label } }';
