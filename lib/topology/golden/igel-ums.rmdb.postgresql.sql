-- IGEL UMS shared database: PostgreSQL at umsdb.corp.local:5432
-- Run as a database administrator before any UMS server connects.
-- Replace <choose-a-strong-password> first; this file never contains the real password.
-- Run with psql (it uses \connect) as a superuser such as postgres, which may create the
-- database and schema on behalf of the new role:
--   psql -h umsdb.corp.local -p 5432 -U postgres -d postgres -f rmdb.postgresql.sql

\set ON_ERROR_STOP on

CREATE ROLE "igelums" WITH LOGIN PASSWORD '<choose-a-strong-password>';

CREATE DATABASE "rmdb" OWNER "igelums";

\connect "rmdb"

CREATE SCHEMA "igelums" AUTHORIZATION "igelums";

-- UMS's unqualified table names then resolve to its own schema.
ALTER ROLE "igelums" IN DATABASE "rmdb" SET search_path = "igelums";
