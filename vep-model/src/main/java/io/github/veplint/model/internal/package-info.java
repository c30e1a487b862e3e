/**
 * Readers behind {@link io.github.veplint.model.read.VepParser}. Not API: may change in any release.
 */
package io.github.veplint.model.internal;
