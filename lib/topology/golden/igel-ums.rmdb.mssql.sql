-- IGEL UMS shared database: Microsoft SQL Server at umsdb.corp.local:1433
-- Run as a database administrator before any UMS server connects.
-- Replace <choose-a-strong-password> first; this file never contains the real password.
-- Run in SQL Server Management Studio or sqlcmd, e.g.:
--   sqlcmd -S umsdb.corp.local,1433 -E -b -i rmdb.mssql.sql

CREATE DATABASE [rmdb];
GO

CREATE LOGIN [igelums]
  WITH PASSWORD = N'<choose-a-strong-password>',
       DEFAULT_DATABASE = [rmdb],
       CHECK_POLICY = ON;
GO

USE [rmdb];
GO

CREATE USER [igelums] FOR LOGIN [igelums] WITH DEFAULT_SCHEMA = [igelums];
GO

CREATE SCHEMA [igelums] AUTHORIZATION [igelums];
GO

-- UMS creates its tables on the first connection and changes them on updates.
ALTER ROLE [db_owner] ADD MEMBER [igelums];
GO
