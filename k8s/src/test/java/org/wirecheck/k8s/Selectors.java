package org.wirecheck.k8s;

import java.util.Map;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

/** Kubernetes label-selector semantics, so the tests can ask "does this selector pick those pods?". */
final class Selectors {

    private Selectors() {
    }

    /** True when {@code selector} selects an object labelled {@code labels}; a null selector selects nothing. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null && !matches(selector.getMatchLabels(), labels)) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                if (!matches(requirement, labels)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The equality-based selector of a Service or of matchLabels: every pair must be present. */
    static boolean matches(Map<String, String> required, Map<String, String> labels) {
        return labels != null && labels.entrySet().containsAll(required.entrySet());
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels == null ? null : labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("Unknown selector operator " + requirement.getOperator());
        };
    }
}
