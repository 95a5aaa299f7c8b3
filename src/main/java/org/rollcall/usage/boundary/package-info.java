/** Site → Usage (the charts and the verdict) and what the managers' home page shows of it. */
package org.rollcall.usage.boundary;
