package io.github.veplint.lint.release;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.report.JsonReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The release view as JSON: {@code release}, {@code today}, {@code freezeDate} (or null) and one
 * object per VEP with {@code number}, {@code title}, {@code file}, {@code owningSig}, {@code stages},
 * {@code status}, {@code olderLayout}, {@code reviewers}, {@code reviewersNamed}, {@code approvers},
 * {@code approversNamed}, {@code freeze} (e.g. {@code tracked}), {@code template} ({@code
 * {"current": false, "generation": "2025-05", "steps": ["add 'VEP Status Metadata'"], "label": "older
 * (…)"}}, or null for an unreadable file) and {@code findings} (as in the JSON report); then {@code
 * load}: {@code sigs} (per owning SIG {@code sig}, {@code veps}, {@code byStage}, {@code readiness}
 * per stage with {@code errors}, {@code tbd-people}, {@code findings}, {@code ready} counts above
 * zero, {@code tbdReviewers}, {@code tbdApprovers}, {@code notRecorded}, {@code
 * suggestedReviewers}, {@code suggestedApprovers}, {@code ownersFile}) and {@code people} (per
 * named reviewer and approver, highest load first: {@code handle}, {@code load}, {@code reviewing},
 * {@code approving}). The check-in adds per VEP {@code sig}, {@code document} (status, or what the older
 * layout's checklist approves), {@code documentReady}, {@code approvedStages}, {@code participatingSigs},
 * {@code linkedPulls} (the board's linked pull requests, then the code pull requests whose body
 * refers to the VEP), {@code tracking} ({@code
 * tracked}, {@code at-risk}, {@code proposed}, {@code not-tracked}; null without a board), {@code
 * board} (its item: {@code status}, {@code reviewers}, {@code target}, {@code linkedPullRequests},
 * {@code url}, {@code issue} with {@code open}, {@code lastActivity}, {@code labels}, {@code
 * assignees}) and {@code checks} (the cross-checks' findings, as findings); and {@code checkIn}:
 * {@code board}, {@code boardItems}, {@code codeFreeze}, {@code warnings} and {@code state} (per SIG
 * then all SIGs: {@code veps}, the count per tracking state, {@code byStage}).
 */
public final class JsonReleaseView {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private JsonReleaseView() {}

  /** Writes the view, pretty-printed, followed by a newline. */
  public static void write(ReleaseView view, Writer out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("release", view.release().toString());
    root.put("today", view.today().toString());
    if (view.freezeDate().isPresent()) {
      root.put("freezeDate", view.freezeDate().get().toString());
    } else {
      root.putNull("freezeDate");
    }
    ArrayNode veps = root.putArray("veps");
    for (ReleaseView.Item item : view.veps()) {
      ObjectNode node = veps.addObject();
      if (item.number().isPresent()) {
        node.put("number", item.number().get());
      } else {
        node.putNull("number");
      }
      node.put("title", item.title().orElse(null));
      node.put("file", item.file());
      node.put("owningSig", item.owningSig().orElse(null));
      strings(node.putArray("stages"), item.stages());
      node.put("status", item.status().orElse(null));
      node.put("olderLayout", item.olderLayout());
      strings(node.putArray("reviewers"), item.reviewers());
      node.put("reviewersNamed", item.reviewersNamed());
      strings(node.putArray("approvers"), item.approvers());
      node.put("approversNamed", item.approversNamed());
      node.put("freeze", item.freeze().jsonName());
      if (item.template().isPresent()) {
        TemplateStatus template = item.template().get();
        ObjectNode t = node.putObject("template");
        t.put("current", template.current());
        t.put("generation", template.generation());
        strings(t.putArray("steps"), template.steps());
        t.put("label", template.label());
      } else {
        node.putNull("template");
      }
      ArrayNode findings = node.putArray("findings");
      for (Finding f : item.findings()) {
        JsonReport.finding(findings.addObject(), f);
      }
      node.put("sig", item.sig());
      node.put("document", item.documentLabel());
      node.put("documentReady", item.documentReady());
      strings(node.putArray("approvedStages"), item.document().approvedStages());
      strings(node.putArray("participatingSigs"), item.document().participatingSigs());
      strings(node.putArray("linkedPulls"), view.checkIn().linkedPulls(item));
      node.put("tracking", view.checkIn().board().isPresent() ? view.checkIn().tracking(item).jsonName() : null);
      java.util.Optional<Board.Item> on = view.checkIn().item(item);
      if (on.isPresent()) {
        ObjectNode b = node.putObject("board");
        b.put("status", on.get().status().orElse(null));
        strings(b.putArray("reviewers"), on.get().reviewers());
        b.put("target", on.get().target().orElse(null));
        strings(b.putArray("linkedPullRequests"), on.get().linkedPullRequests());
        b.put("url", on.get().url().orElse(null));
        if (on.get().issue().isPresent()) {
          Board.TrackingIssue issue = on.get().issue().get();
          ObjectNode i = b.putObject("issue");
          i.put("open", issue.open());
          i.put("lastActivity", issue.lastActivity().map(Object::toString).orElse(null));
          strings(i.putArray("labels"), issue.labels());
          strings(i.putArray("assignees"), issue.assignees());
        } else {
          b.putNull("issue");
        }
      } else {
        node.putNull("board");
      }
      ArrayNode checks = node.putArray("checks");
      for (Finding f : view.checkIn().checks(item)) {
        JsonReport.finding(checks.addObject(), f);
      }
    }
    ObjectNode checkIn = root.putObject("checkIn");
    checkIn.put("board", view.checkIn().board().map(Board::source).orElse(null));
    checkIn.put("boardItems", view.checkIn().board().map(b -> b.items().size()).orElse(0));
    checkIn.put("codeFreeze", view.checkIn().codeFreeze().map(Object::toString).orElse(null));
    strings(checkIn.putArray("warnings"), view.checkIn().warnings());
    ArrayNode state = checkIn.putArray("state");
    for (ReleaseState.Row row : ReleaseState.of(view).rows()) {
      ObjectNode r = state.addObject();
      r.put("sig", row.sig());
      r.put("veps", row.veps());
      row.tracking().forEach((t, n) -> r.put(t.jsonName(), n));
      ObjectNode byStage = r.putObject("byStage");
      row.byStage().forEach(byStage::put);
    }
    load(view.load(), root.putObject("load"));
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    out.write('\n');
  }

  private static void load(ReleaseLoad load, ObjectNode node) {
    ArrayNode sigs = node.putArray("sigs");
    for (ReleaseLoad.SigLoad sig : load.sigs()) {
      ObjectNode s = sigs.addObject();
      s.put("sig", sig.sig());
      s.put("veps", sig.veps());
      ObjectNode byStage = s.putObject("byStage");
      sig.byStage().forEach(byStage::put);
      ObjectNode readiness = s.putObject("readiness");
      sig.readiness().forEach((stage, counts) -> {
        ObjectNode r = readiness.putObject(stage);
        counts.forEach((k, v) -> r.put(k.jsonName(), v));
      });
      s.put("tbdReviewers", sig.tbdReviewers());
      s.put("tbdApprovers", sig.tbdApprovers());
      s.put("notRecorded", sig.notRecorded());
      strings(s.putArray("suggestedReviewers"), sig.suggestedReviewers());
      strings(s.putArray("suggestedApprovers"), sig.suggestedApprovers());
      s.put("ownersFile", sig.ownersFile().orElse(null));
    }
    ArrayNode people = node.putArray("people");
    for (ReleaseLoad.PersonLoad person : load.people()) {
      ObjectNode p = people.addObject();
      p.put("handle", person.handle());
      p.put("load", person.load());
      strings(p.putArray("reviewing"), person.reviewing());
      strings(p.putArray("approving"), person.approving());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
