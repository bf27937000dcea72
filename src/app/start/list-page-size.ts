/**
 * How many assessments the list shows at first and adds with each "show more": enough to find a recent one at a
 * glance, few enough that the start screen renders fast with a thousand stored (issue 7).
 */
export const listPageSize = 50;
