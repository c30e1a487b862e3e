/** The engine's inner workings. Not API: may change in any release. */
package io.github.veplint.lint.internal;
