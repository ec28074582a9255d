-- IGEL UMS shared database: Oracle Database at umsdb.corp.local:1521
-- Run as a database administrator before any UMS server connects.
-- Replace <choose-a-strong-password> first; this file never contains the real password.
-- Run in SQL*Plus or SQLcl as a DBA, connected to the service UMS will use, e.g.:
--   sqlplus system@//umsdb.corp.local:1521/rmdb @rmdb.oracle.sql

WHENEVER SQLERROR EXIT FAILURE

CREATE USER "IGELUMS" IDENTIFIED BY "<choose-a-strong-password>"
  DEFAULT TABLESPACE USERS
  QUOTA UNLIMITED ON USERS;

-- UMS creates its tables, sequences and views in its own schema on the first connection.
GRANT CREATE SESSION, CREATE TABLE, CREATE SEQUENCE, CREATE VIEW,
  CREATE TRIGGER, CREATE PROCEDURE TO "IGELUMS";
