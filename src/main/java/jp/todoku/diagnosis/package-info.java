/** The diagnosis engine: turns a bounce, a pasted fragment or a client error into a Diagnosis, in plain Java without Spring, JPA or servlets. */
package jp.todoku.diagnosis;
