package vn.cascade.plan.domain;

public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
