/**
 * The plan content the services take, in a package of its own because the importer makes it too: the import
 * use case reads the importer, so a type in {@code service} itself would make the two packages a cycle.
 */
package vn.cascade.plan.service.command;
