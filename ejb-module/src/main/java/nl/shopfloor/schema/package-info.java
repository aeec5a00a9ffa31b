/**
 * Schema: numbered SQL migrations applied at start-up, written in the SQL that both MariaDB and the
 * embedded H2 (MODE=MariaDB) accept. Chosen over Flyway to keep the runtime small and to avoid its
 * plugin loading inside the WAR class loader; the shape (V1__, V2__ …, a version table) is Flyway's,
 * so moving to it later is cheap. Ids are assigned by the application, not by IDENTITY columns, which
 * EclipseLink's H2 DDL gets wrong (ARCHITECTURE.md).
 */
package nl.shopfloor.schema;
