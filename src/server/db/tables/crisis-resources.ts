/**
 * An organization's own crisis resources: where its people can find help now, shown in the
 * safety net's notice (decision 0025). About the organization, never about a person: nothing
 * here records who saw them or when.
 */
export interface OrgCrisisResourcesTable {
  orgId: string;
  /** Short Markdown, sanitized and limited in length when written. */
  text: string;
  updatedAt: string;
}

export interface CrisisResourceTables {
  orgCrisisResources: OrgCrisisResourcesTable;
}
