/**
 * Which language a person reads Rollcall in: English, German or French, from their browser's
 * {@code Accept-Language} until they pick one, and the pick kept on their account for their next sign-in.
 */
package org.rollcall.language;
