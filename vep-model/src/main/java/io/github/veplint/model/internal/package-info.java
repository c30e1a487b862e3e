/**
 * Readers behind {@link io.github.veplint.model.VepParser}. Not API: may change in any release.
 */
package io.github.veplint.model.internal;
