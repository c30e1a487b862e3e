/**
 * KubeVirt release schedules as published in kubevirt/sig-release ({@code releases/vX.Y/schedule.yaml}):
 * {@link io.github.veplint.model.schedule.ScheduleParser} reads one file into a {@link
 * io.github.veplint.model.schedule.ReleaseSchedule}, {@link
 * io.github.veplint.model.schedule.ReleaseSchedules} loads every release from a directory, a file
 * or a URL pattern and answers the questions VEP governance asks: when is a release's VEP Freeze,
 * and which release is being planned now.
 */
package io.github.veplint.model.schedule;
