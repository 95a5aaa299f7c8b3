/**
 * One small row per hour. Its figures are set, never added to (counts recomputed from the activity log, a peak
 * only raised), so any node may write any hour any number of times and two nodes never count twice.
 */
package org.rollcall.usage.entity;
