/** Small command-line tools over the model, for looking at what the parser reads. */
package io.github.veplint.model.tools;
