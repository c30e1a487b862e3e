/**
 * A small GitHub API client ({@link io.github.veplint.lint.github.GitHubApi}) over {@code
 * java.net.http}: GraphQL and REST calls with bounded time and bytes, the token only ever in the
 * {@code Authorization} header. It knows nothing of VEPs; the release view builds on it.
 */
package io.github.veplint.lint.github;
