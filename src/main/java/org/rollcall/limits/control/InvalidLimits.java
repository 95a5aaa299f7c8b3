package org.rollcall.limits.control;

import java.util.List;

/** Submitted limit settings that can't be saved; each problem names its field and the text that explains it. */
public class InvalidLimits extends Exception {

    private static final long serialVersionUID = 1L;

    /** One thing wrong: the field, a resource bundle key, and the values the text needs. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Problem> problems;

    public InvalidLimits(List<Problem> problems) {
        super(problems.size() + " invalid limit setting(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
