/**
 * File-system helpers every writing command shares: finding the repository root of a path and
 * replacing a file atomically. Not API: may change in any release.
 */
package io.github.veplint.lint.files;
